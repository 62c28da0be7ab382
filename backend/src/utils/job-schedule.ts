/**
 * The schedule of an hourly job: at `minute` past each hour, unless HOURLY_JOBS_SCHEDULE (a cron
 * pattern, seconds allowed) forces them more often — a drill, or the cluster test checking that each
 * run happens once across all workers.
 */
export const hourlyAt = (minute: number) => process.env.HOURLY_JOBS_SCHEDULE || `${minute} * * * *`
