import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{require_undici}from"./chunk-4GRNNWWJ.js";import"./chunk-DJ6EKWTF.js";export default require_undici();
