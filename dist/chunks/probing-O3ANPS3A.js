import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{analysisConfig,prepareProbes,probeRelease}from"./chunk-OAUA5XNW.js";import"./chunk-ECWQUD5A.js";import"./chunk-CAPYAKYZ.js";import"./chunk-4SAIOCP4.js";import"./chunk-22GX4MPV.js";import"./chunk-QRSAUUVT.js";import"./chunk-CGC3AX7P.js";import"./chunk-JIXICO4Z.js";import"./chunk-TWTLTBWH.js";import"./chunk-4HBQCWUK.js";import"./chunk-VW4XOO2N.js";export{analysisConfig,prepareProbes,probeRelease};
