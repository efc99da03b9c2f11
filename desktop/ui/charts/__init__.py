"""Small charts drawn with QPainter (QtCharts is left out of the packaged app), scaled with the app font."""
