import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{analysisConfig,prepareProbes,probeRelease}from"./chunk-DEHCUN74.js";import"./chunk-HKSEEYAH.js";import"./chunk-CAPYAKYZ.js";import"./chunk-4SAIOCP4.js";import"./chunk-EHBTQLKV.js";import"./chunk-MFVKKMFI.js";import"./chunk-Q35I64IL.js";import"./chunk-SNDWER2B.js";import"./chunk-ZBUIJVN3.js";import"./chunk-4GRNNWWJ.js";import"./chunk-DJ6EKWTF.js";export{analysisConfig,prepareProbes,probeRelease};
