"""Rules over canonical records (pandas DataFrames); they know rules, not formats."""
