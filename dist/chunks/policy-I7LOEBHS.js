import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{loadPolicy}from"./chunk-KEQAKPAV.js";import"./chunk-IR6XKXXI.js";import"./chunk-BE74SOU5.js";import"./chunk-LQSTCDNH.js";import"./chunk-DJ6EKWTF.js";export{loadPolicy};
