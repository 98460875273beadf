#ifndef INTAKE_CPOPPLER_SHIM_H
#define INTAKE_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#endif
