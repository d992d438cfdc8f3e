import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{bestEffort}from"./chunk-QHJTEOEM.js";import"./chunk-VW4XOO2N.js";export{bestEffort};
