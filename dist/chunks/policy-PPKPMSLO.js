import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{loadPolicy}from"./chunk-DKLI47PZ.js";import"./chunk-Q35I64IL.js";import"./chunk-SNDWER2B.js";import"./chunk-ZBUIJVN3.js";import"./chunk-DJ6EKWTF.js";export{loadPolicy};
