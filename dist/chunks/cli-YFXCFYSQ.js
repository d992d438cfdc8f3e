import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{DEFAULT_REPOSITORY,newRepository,standinCli}from"./chunk-NTTOET5S.js";import"./chunk-TWTLTBWH.js";import"./chunk-VW4XOO2N.js";export{DEFAULT_REPOSITORY,newRepository,standinCli};
