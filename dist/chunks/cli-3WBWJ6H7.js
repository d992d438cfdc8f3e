import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{DEFAULT_REPOSITORY,newRepository,standinCli}from"./chunk-6LLLWY5L.js";import"./chunk-LQSTCDNH.js";import"./chunk-DJ6EKWTF.js";export{DEFAULT_REPOSITORY,newRepository,standinCli};
