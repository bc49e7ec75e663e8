"""Who works the counter day and what they type: sample-data accounts, the product, the part."""

from __future__ import annotations

PASSWORD = "demo-pass-2026"  # every sample-data account (README)
OPERATOR, SUPERVISOR, TECHNICIAN = "op.liu", "sup.zhang", "tech.li"
# A model of the sample catalogue with fault categories and a non-wear part in stock that fits it.
MODEL, PART_NO = "S5720-28P", "PSU-150W-AC"
NEW_SERIAL = "E2E-S5720-0001"
FAULT = "开机后电源灯闪烁，无法启动"
DAYS_SINCE_SALE = 500  # between one and three years: free repair (W4)
SOLUTION = "更换150W交流电源模块，通电测试24小时正常"
OPINION = "满意，修得很快"
SCORES = "554545"  # speed, attitude, explanation, quality, on time, overall: one digit each
WINDOW_SIZE = (1280, 800)
