import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{bestEffort}from"./chunk-MWQPDRST.js";import"./chunk-DJ6EKWTF.js";export{bestEffort};
