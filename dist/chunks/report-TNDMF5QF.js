import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{buildVerifyReport,probeStats,renderVerifySummary,roundLine,verdictMarkdown,verdictText}from"./chunk-OBQGK6MZ.js";import"./chunk-KE3VWFJC.js";import"./chunk-NMFN2ASN.js";import"./chunk-MFRK4BES.js";import"./chunk-O57GXNE3.js";import"./chunk-IR6XKXXI.js";import"./chunk-DJ6EKWTF.js";export{buildVerifyReport,probeStats,renderVerifySummary,roundLine,verdictMarkdown,verdictText};
