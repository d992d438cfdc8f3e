import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{runContext,short}from"./chunk-LMPAXSEK.js";import"./chunk-VW4XOO2N.js";export{runContext,short};
