// The H5 build wraps inputs in its own markup: size them like the rest.
import './_web-chrome-h5.scss'
