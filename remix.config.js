/** @type {import('@remix-run/dev').AppConfig} */
// Tests build into their own folder (REMIX_BUILD_DIR) so that a test run never
// overwrites the build a developer is serving.
const out = process.env.REMIX_BUILD_DIR;
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.*"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  serverBuildPath: out ? `${out}/index.js` : "build/index.js",
  assetsBuildDirectory: out ? `${out}/public/build` : "public/build",
  publicPath: "/build/",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
  },
};
