import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{github}from"./chunk-PYX3YWBF.js";import"./chunk-VW4XOO2N.js";export{github};
