"""Qt widgets: they show and edit what app.core returns, and never write SQL."""
