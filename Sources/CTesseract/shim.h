#ifndef INTAKE_CTESSERACT_SHIM_H
#define INTAKE_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>
#endif
