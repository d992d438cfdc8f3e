import { createRequire as __deployGuardRequire } from 'node:module';
const require = __deployGuardRequire(import.meta.url);
var count=n=>n.toLocaleString("en-US");function plural(n,one,many=`${one}s`){return`${count(n)} ${n===1?one:many}`}export{count,plural};
