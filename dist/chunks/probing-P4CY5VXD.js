import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{analysisConfig,prepareProbes,probeRelease}from"./chunk-HNHDTHVV.js";import"./chunk-HKSEEYAH.js";import"./chunk-CAPYAKYZ.js";import"./chunk-4SAIOCP4.js";import"./chunk-EHBTQLKV.js";import"./chunk-NZDO7IVG.js";import"./chunk-DW4U2XQW.js";import"./chunk-Q6E3J54Z.js";import"./chunk-ZBUIJVN3.js";import"./chunk-HUVH4Z3K.js";import"./chunk-5V3ZB7UF.js";import"./chunk-DJ6EKWTF.js";export{analysisConfig,prepareProbes,probeRelease};
