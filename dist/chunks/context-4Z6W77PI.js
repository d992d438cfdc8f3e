import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{runContext,short}from"./chunk-HUVH4Z3K.js";import"./chunk-DJ6EKWTF.js";export{runContext,short};
