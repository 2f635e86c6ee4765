"""The Qt user interface. Reads and writes only through briefingbook.core; holds no SQL."""
