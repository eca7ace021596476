// Remix rebuilt its route tables for every page: the ranked route branches (three times a request), each route
// pattern's regular expression, the server routes and the static router's data routes. The patches in patches/
// (applied by `npm install` through patch-package) keep them; these tests fail if the patches are not applied.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
// The CommonJS builds are the ones the server loads (@remix-run/node and @remix-run/react are CommonJS packages).
const router = require("@remix-run/router") as typeof import("@remix-run/router");
const { createStaticRouter } = require("react-router-dom/server") as typeof import("react-router-dom/server");

describe("Remix's route tables are made once per build, not once per request", () => {
  it("matches a routes array by the branches ranked the first time it was matched", () => {
    const routes: import("@remix-run/router").AgnosticRouteObject[] = [
      { id: "home", path: "/" },
      { id: "circle", path: "/circles/:slug" },
    ];
    expect(router.matchRoutes(routes, "/circles/after-a-bad-job")?.map((m) => [m.route.id, m.params.slug])).toEqual([["circle", "after-a-bad-job"]]);
    // Route arrays are not changed after a server makes them; a route added afterwards is not seen by the kept table.
    routes.push({ id: "late", path: "/late" });
    expect(router.matchRoutes(routes, "/late")).toBeNull();
    // A new array is ranked afresh.
    expect(router.matchRoutes([...routes], "/late")?.[0]?.route.id).toBe("late");
    // Patterns still match as they did: parameters, case and trailing slashes.
    expect(router.matchPath("/circles/:slug", "/Circles/a/")?.params).toEqual({ slug: "a" });
    expect(router.matchPath({ path: "/circles/:slug", caseSensitive: true }, "/Circles/a")).toBeNull();
    expect(router.matchPath({ path: "/circles", end: false }, "/circles/a")?.pathnameBase).toBe("/circles");
  });

  it("gives the static router the same data routes for the same routes", () => {
    const routes = [{ id: "root", path: "/", children: [{ id: "child", path: "child" }] }];
    const context = {
      basename: "/",
      location: { pathname: "/child", search: "", hash: "", state: null, key: "default" },
      matches: [],
      loaderData: {},
      actionData: null,
      errors: null,
      statusCode: 200,
      loaderHeaders: {},
      actionHeaders: {},
      activeDeferreds: null,
    };
    const first = createStaticRouter(routes, context);
    const second = createStaticRouter(routes, context);
    expect(second.routes).toBe(first.routes);
    expect(first.routes[0]?.children?.[0]?.id).toBe("child");
    expect(createStaticRouter([...routes], context).routes).not.toBe(first.routes);
  });
});
