import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{buildVerifyReport,percentile,probeStats,renderVerifySummary,roundLine,verdictMarkdown,verdictText}from"./chunk-ECWQUD5A.js";import"./chunk-CAPYAKYZ.js";import"./chunk-4SAIOCP4.js";import"./chunk-22GX4MPV.js";import"./chunk-VW4XOO2N.js";export{buildVerifyReport,percentile,probeStats,renderVerifySummary,roundLine,verdictMarkdown,verdictText};
