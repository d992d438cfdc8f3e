import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{loadProbeSet,loadProbes,parseJsonPath,parseStatus,probesFor,probesSchema,probesWithoutRelease}from"./chunk-377PZNXL.js";import"./chunk-O57GXNE3.js";import"./chunk-IR6XKXXI.js";import"./chunk-BE74SOU5.js";import"./chunk-LQSTCDNH.js";import"./chunk-HUVH4Z3K.js";import"./chunk-DJ6EKWTF.js";export{loadProbeSet,loadProbes,parseJsonPath,parseStatus,probesFor,probesSchema,probesWithoutRelease};
