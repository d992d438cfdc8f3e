import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{loadPolicy}from"./chunk-QWAACMK5.js";import"./chunk-Q35I64IL.js";import"./chunk-K6Q3K2QM.js";import"./chunk-7VET57Z3.js";import"./chunk-DJ6EKWTF.js";export{loadPolicy};
