import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{github}from"./chunk-KV5AYDZS.js";import"./chunk-LMPAXSEK.js";import"./chunk-VW4XOO2N.js";export{github};
