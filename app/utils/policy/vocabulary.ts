// Roles and permissions as the UI names them; shared by server and browser code.
export { PERMISSIONS, SITE_ROLES } from "../../../db/schema/vocabulary";
