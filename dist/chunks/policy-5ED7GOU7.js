import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{loadPolicy}from"./chunk-RKBN3HTQ.js";import"./chunk-DW4U2XQW.js";import"./chunk-Q6E3J54Z.js";import"./chunk-ZBUIJVN3.js";import"./chunk-DJ6EKWTF.js";export{loadPolicy};
