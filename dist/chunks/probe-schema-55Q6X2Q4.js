import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{loadProbeSet,loadProbes,parseJsonPath,parseStatus,probesFor,probesSchema,probesWithoutRelease}from"./chunk-NZDO7IVG.js";import"./chunk-DW4U2XQW.js";import"./chunk-Q6E3J54Z.js";import"./chunk-ZBUIJVN3.js";import"./chunk-HUVH4Z3K.js";import"./chunk-DJ6EKWTF.js";export{loadProbeSet,loadProbes,parseJsonPath,parseStatus,probesFor,probesSchema,probesWithoutRelease};
