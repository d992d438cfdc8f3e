export const id = 904;
export const ids = [904];
export const modules = {

/***/ 2904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bestEffort: () => (/* binding */ bestEffort)
/* harmony export */ });
// The one way a GitHub call that must not stop anything is made: on failure it is said (a
// warning naming what could not be done and GitHub's answer) and the caller goes on with null.
// Rolling back, writing the report and the summary never wait on these.
async function bestEffort(warn, what, fn) {
    try {
        return await fn();
    }
    catch (e) {
        warn(`GitHub: could not ${what}: ${e.message}`);
        return null;
    }
}


/***/ })

};
