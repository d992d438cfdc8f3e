import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{clip,code,fence,link,md,mermaidText,safeUrl,table}from"./chunk-NMFN2ASN.js";import{visible}from"./chunk-MFRK4BES.js";import"./chunk-DJ6EKWTF.js";export{clip,code,fence,link,md,mermaidText,safeUrl,table,visible};
