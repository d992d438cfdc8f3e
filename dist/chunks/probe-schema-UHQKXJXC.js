import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{loadProbes,parseJsonPath,parseStatus,probesSchema}from"./chunk-PJES6GMC.js";import"./chunk-Q35I64IL.js";import"./chunk-K6Q3K2QM.js";import"./chunk-7VET57Z3.js";import"./chunk-DJ6EKWTF.js";export{loadProbes,parseJsonPath,parseStatus,probesSchema};
