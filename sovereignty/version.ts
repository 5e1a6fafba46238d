/**
 * Version of the location catalog and zone table. Every diagnostic carries it, because a
 * verdict is only as good as the catalog it was computed with. A change that alters any
 * verdict (a location's countries, a zone's members, a pair) is a breaking release.
 */
export const CATALOG_VERSION = "2026.11.0";
