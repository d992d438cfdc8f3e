import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{loadProbes,parseJsonPath,parseStatus,probesSchema}from"./chunk-MFVKKMFI.js";import"./chunk-Q35I64IL.js";import"./chunk-SNDWER2B.js";import"./chunk-ZBUIJVN3.js";import"./chunk-DJ6EKWTF.js";export{loadProbes,parseJsonPath,parseStatus,probesSchema};
