import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{DEFAULT_REPOSITORY,newRepository,standinCli}from"./chunk-IWCRHC3K.js";import"./chunk-7VET57Z3.js";import"./chunk-DJ6EKWTF.js";export{DEFAULT_REPOSITORY,newRepository,standinCli};
