import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{analysisConfig,prepareProbes,probeRelease}from"./chunk-AF7JYEBP.js";import"./chunk-N3IE2W52.js";import"./chunk-CAPYAKYZ.js";import"./chunk-4SAIOCP4.js";import"./chunk-EHBTQLKV.js";import"./chunk-PJES6GMC.js";import"./chunk-Q35I64IL.js";import"./chunk-K6Q3K2QM.js";import"./chunk-7VET57Z3.js";import"./chunk-4GRNNWWJ.js";import"./chunk-DJ6EKWTF.js";export{analysisConfig,prepareProbes,probeRelease};
