import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
import{analysisConfig,prepareProbes,probeRelease}from"./chunk-ZAWNH4VC.js";import"./chunk-OBQGK6MZ.js";import"./chunk-KE3VWFJC.js";import"./chunk-NMFN2ASN.js";import"./chunk-MFRK4BES.js";import"./chunk-377PZNXL.js";import"./chunk-O57GXNE3.js";import"./chunk-IR6XKXXI.js";import"./chunk-BE74SOU5.js";import"./chunk-LQSTCDNH.js";import"./chunk-HUVH4Z3K.js";import"./chunk-4GRNNWWJ.js";import"./chunk-DJ6EKWTF.js";export{analysisConfig,prepareProbes,probeRelease};
