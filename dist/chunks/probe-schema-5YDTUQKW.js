import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{loadProbes,parseJsonPath,parseStatus,probesSchema}from"./chunk-QRSAUUVT.js";import"./chunk-CGC3AX7P.js";import"./chunk-JIXICO4Z.js";import"./chunk-TWTLTBWH.js";import"./chunk-VW4XOO2N.js";export{loadProbes,parseJsonPath,parseStatus,probesSchema};
