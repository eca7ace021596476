// Roles and permissions as the UI names them; shared by server and browser code.
export { PERMISSIONS, SITE_ROLES, type Permission, type SiteRole } from "../../../db/schema/vocabulary";
