import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{github}from"./chunk-MA3HGXED.js";import"./chunk-HUVH4Z3K.js";import"./chunk-DJ6EKWTF.js";export{github};
