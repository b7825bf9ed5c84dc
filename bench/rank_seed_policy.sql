-- The seed policy (DESIGN.md) as one SQL query: the "equivalent score-and-ORDER-BY query" that
-- bench/rank_vs_sqlite.sh runs in the sqlite3 shell against `ehya-cli rank --format csv`.
-- Scores are rounded to 1e-9 as the engine does, so that equal scores tie. Every province in one
-- pool; mid-rank percentile = (strictly worse + 0.5 * equal others) / (n - 1).
WITH p AS (
  SELECT r.id, r.permit_no, r.title, pr.name_en AS province, c.name_en AS county, r.progress, r.progress AS p_progress,
         r.remaining_rial AS rem, r.planned_jobs AS jobs, r.export_oriented AS ex,
         CAST(r.remaining_rial AS REAL) / MAX(r.planned_jobs, 1) AS cpj,
         CASE WHEN ROUND(r.progress * 10) >= 750 THEN 'A' WHEN ROUND(r.progress * 10) >= 500 THEN 'B'
              WHEN ROUND(r.progress * 10) >= 250 THEN 'C' ELSE 'D' END AS tier
  FROM project r JOIN province pr ON pr.id = r.province_id JOIN county c ON c.id = r.county_id
  WHERE r.status IN ('under_construction', 'stalled')),
d AS (SELECT MAX(COUNT(*) - 1, 1) * 1.0 AS d FROM p),
normed AS (
  SELECT p.*,
    ((RANK() OVER (ORDER BY cpj DESC) - 1) + 0.5 * (COUNT(*) OVER (PARTITION BY cpj) - 1)) / d.d AS n_cpj,
    ((RANK() OVER (ORDER BY progress ASC) - 1) + 0.5 * (COUNT(*) OVER (PARTITION BY progress) - 1)) / d.d AS n_prog,
    ((RANK() OVER (ORDER BY rem DESC) - 1) + 0.5 * (COUNT(*) OVER (PARTITION BY rem) - 1)) / d.d AS n_rem,
    ((RANK() OVER (ORDER BY jobs ASC) - 1) + 0.5 * (COUNT(*) OVER (PARTITION BY jobs) - 1)) / d.d AS n_jobs,
    ((RANK() OVER (ORDER BY ex ASC) - 1) + 0.5 * (COUNT(*) OVER (PARTITION BY ex) - 1)) / d.d AS n_ex
  FROM p, d),
scored AS (
  SELECT *, ROUND(100 * (0.4 * n_cpj + 0.2 * n_prog + 0.2 * n_rem + 0.1 * n_jobs + 0.1 * n_ex), 9) AS sc FROM normed)
SELECT ROW_NUMBER() OVER w AS rank, 'project' AS kind, id, permit_no AS code, title, province, county, tier,
       printf('%.4f', sc) AS score, printf('%.1f', progress) AS progress, rem AS cost_rial,
       SUM(rem) OVER (w ROWS UNBOUNDED PRECEDING) AS cumulative_cost_rial, jobs,
       printf('%.4f', 40 * n_cpj) AS points_cost_per_job, printf('%.4f', 20 * n_prog) AS points_progress,
       printf('%.4f', 20 * n_rem) AS points_remaining, printf('%.4f', 10 * n_jobs) AS points_jobs,
       printf('%.4f', 10 * n_ex) AS points_export
FROM scored
WINDOW w AS (ORDER BY tier, sc DESC, p_progress DESC, rem ASC, id ASC)
ORDER BY tier, sc DESC, p_progress DESC, rem ASC, id ASC;
