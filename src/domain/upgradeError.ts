/** Why a sheet cannot be upgraded, in Danish. Its own module, so the pane can tell it without the upgrade's code. */
export class UpgradeError extends Error {}
