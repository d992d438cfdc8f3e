import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{buildVerifyReport,probeStats,renderVerifySummary,roundLine,verdictMarkdown,verdictText}from"./chunk-HKSEEYAH.js";import"./chunk-CAPYAKYZ.js";import"./chunk-4SAIOCP4.js";import"./chunk-EHBTQLKV.js";import"./chunk-DJ6EKWTF.js";export{buildVerifyReport,probeStats,renderVerifySummary,roundLine,verdictMarkdown,verdictText};
