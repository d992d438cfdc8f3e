import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{DEFAULT_REPOSITORY,newRepository,standinCli}from"./chunk-FHTTSB3L.js";import"./chunk-ZBUIJVN3.js";import"./chunk-DJ6EKWTF.js";export{DEFAULT_REPOSITORY,newRepository,standinCli};
