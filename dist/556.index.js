export const id = 556;
export const ids = [556];
export const modules = {

/***/ 7175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ short),
/* harmony export */   runContext: () => (/* binding */ runContext)
/* harmony export */ });
// The workflow run as the GITHUB_* environment describes it.
function runContext(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const slug = owner && repo ? `${owner}/${repo}` : '';
    return {
        repo: owner && repo ? { owner, repo } : null,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        actor: env.GITHUB_ACTOR || 'unknown',
        runUrl: slug && env.GITHUB_RUN_ID ? `${serverUrl}/${slug}/actions/runs/${env.GITHUB_RUN_ID}` : '',
        serverUrl,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
    };
}
const short = (sha) => sha.slice(0, 7);


/***/ })

};
