import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{clip,code,fence,link,md,mermaidText,safeUrl,table,visible}from"./chunk-22GX4MPV.js";import"./chunk-VW4XOO2N.js";export{clip,code,fence,link,md,mermaidText,safeUrl,table,visible};
