import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{require_undici}from"./chunk-4HBQCWUK.js";import"./chunk-VW4XOO2N.js";export default require_undici();
