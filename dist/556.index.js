export const id = 556;
export const ids = [556];
export const modules = {

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ short),
/* harmony export */   runContext: () => (/* binding */ runContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// The workflow run as the GITHUB_* environment describes it.

/**
 * `repository.default_branch` from the event payload (GITHUB_EVENT_PATH): every event that
 * names a repository carries it, so no request is spent on it.
 */
function defaultBranchOf(path) {
    if (!path)
        return '';
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        const b = event.repository?.default_branch;
        return typeof b === 'string' ? b : '';
    }
    catch {
        return '';
    }
}
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
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: Math.max(1, Number(env.GITHUB_RUN_ATTEMPT) || 1),
        defaultBranch: defaultBranchOf(env.GITHUB_EVENT_PATH),
    };
}
const short = (sha) => sha.slice(0, 7);


/***/ })

};
